#!/usr/bin/env bash
# Runs the kiosk, or any of its commands: ./run.sh --help
# Builds the program first when it is missing or older than its sources (quietly; the Maven
# output goes to target/build.log). Works from any directory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/rpg-kiosk.jar"

die() { echo "run.sh: $*" >&2; exit 2; }

command -v java >/dev/null 2>&1 || die "Java 17 or newer is needed and 'java' is not on the PATH (Debian: apt-get install openjdk-17-jre)."
java_props=$(java -XshowSettings:properties -version 2>&1)
java_major=$(sed -n 's/^ *java.specification.version = //p' <<<"$java_props" | head -n 1)
java_major=${java_major#1.}
[[ "$java_major" =~ ^[0-9]+$ ]] && (( java_major >= 17 )) \
  || die "Java 17 or newer is needed; 'java' here is version ${java_major:-unknown}."

needs_build() {
  [[ ! -f "$jar" ]] && return 0
  [[ -n "$(find "$here/pom.xml" "$here/src/main" "$here/db" -newer "$jar" -print -quit 2>/dev/null)" ]]
}

if needs_build; then
  command -v mvn >/dev/null 2>&1 || die "Maven is needed to build the kiosk and 'mvn' is not on the PATH (Debian: apt-get install maven)."
  mkdir -p "$here/target"
  exec 9>"$here/target/.build.lock"
  flock 9 2>/dev/null || true     # two terminals starting at once build once
  if needs_build; then
    echo "Building the kiosk (first run after a change: up to about 3 minutes)..." >&2
    if ! (cd "$here" && mvn -q -B -DskipTests package) >"$here/target/build.log" 2>&1; then
      tail -n 30 "$here/target/build.log" >&2
      die "the build failed; the whole output is in target/build.log"
    fi
  fi
  exec 9>&-
fi

# Start-up: an application class-data archive of the classes a start loads (H2, Flyway, jOOQ,
# Lanterna), recorded from a training run after each build, and the quick (C1) compiler for
# the kiosk and small commands. Measured by ./run.sh bench (BENCHMARKS.md). The archive is
# tied to the exact jars and this Java: a stamp of both is kept beside it, and when they
# differ it is made again (a few seconds, once); if it cannot be made, runs go on without it.
jsa="$here/target/rpg-kiosk.jsa"
archive_stamp() {
  { sed -n 's/^ *java.home = //p; s/^ *java.vm.version = //p' <<<"$java_props"
    stat -c '%n %s %Y' "$jar" "$here"/target/lib/*.jar 2>/dev/null; } | cksum
}
archive_fresh() { [[ -f "$jsa" && "$(cat "$jsa.stamp" 2>/dev/null)" == "$stamp" ]]; }
make_archive() (
  flock 8 || true     # two terminals starting at once make it once
  archive_fresh && exit 0
  rm -f "$jsa" "$jsa.stamp"
  scratch=$(mktemp -d)
  java -XX:ArchiveClassesAtExit="$jsa.new" -Dfile.encoding=UTF-8 -cp "$jar" \
      org.rpgkiosk.ArchiveTraining "$scratch" >/dev/null 2>&1 && [[ -s "$jsa.new" ]] \
    && mv -f "$jsa.new" "$jsa" && echo "$stamp" >"$jsa.stamp"
  rm -rf "$scratch" "$jsa.new"
) 8>"$here/target/.archive.lock"
java_opts=(-Dfile.encoding=UTF-8)
if [[ -z "${KIOSK_NO_CDS:-}" ]]; then
  stamp=$(archive_stamp)
  archive_fresh || make_archive 2>/dev/null || true
  # -Xlog:disable: a stale or unusable archive must never print over the kiosk's screen.
  if archive_fresh; then
    java_opts+=(-XX:SharedArchiveFile="$jsa" -Xshare:auto -Xlog:disable -Xlog:all=error:stderr)
  fi
fi
# Only the quick compiler for the kiosk and small commands; the long bulk commands keep C2.
# The bench starts kiosks as run.sh would: it reads the options from RPG_KIOSK_JVM_OPTS.
export RPG_KIOSK_JVM_OPTS="${java_opts[*]} -XX:TieredStopAtLevel=1"
case " $* " in
  *" export "*|*" report "*|*" demo-data "*|*" bench "*|*" backup "*|*" db-server "*) ;;
  *) java_opts+=(-XX:TieredStopAtLevel=1) ;;
esac
# KIOSK_JAVA_OPTS: more JVM options, e.g. KIOSK_JAVA_OPTS=-Xmx128m
read -r -a extra_opts <<<"${KIOSK_JAVA_OPTS:-}"

export KIOSK_DATA_DIR="${KIOSK_DATA_DIR:-$here/data}"
# Everything the program writes (database, log, exports, reports, backups) is for this
# account alone, whatever the login's umask; the program also sets 0600/0700 itself.
umask 077
exec java "${java_opts[@]}" ${extra_opts[@]+"${extra_opts[@]}"} -jar "$jar" "$@"
