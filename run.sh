#!/usr/bin/env bash
# Runs the kiosk, or any of its commands: ./run.sh --help
# Builds the program first when it is missing or older than its sources (quietly; the Maven
# output goes to target/build.log). Works from any directory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
jar="$here/target/rpg-kiosk.jar"

die() { echo "run.sh: $*" >&2; exit 2; }

command -v java >/dev/null 2>&1 || die "Java 17 or newer is needed and 'java' is not on the PATH (Debian: apt-get install openjdk-17-jre)."
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1)
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
    echo "Building the kiosk (first run after a change; this takes a minute)..." >&2
    if ! (cd "$here" && mvn -q -B -DskipTests package) >"$here/target/build.log" 2>&1; then
      tail -n 30 "$here/target/build.log" >&2
      die "the build failed; the whole output is in target/build.log"
    fi
  fi
  exec 9>&-
fi

export KIOSK_DATA_DIR="${KIOSK_DATA_DIR:-$here/data}"
exec java -Dfile.encoding=UTF-8 -jar "$jar" "$@"
