# Reads this RPG kiosk export into R, with the codebook's value labels. Base R only.
#
#   source("path/to/export/import.R")
#   d <- rpg_import()              # reads the folder import.R is in, found when sourced
#   d <- rpg_import("path/to/export")              # or name the folder: always works
#   d <- rpg_import(include_unfinished = TRUE)     # also in-progress and abandoned responses
#
# Or from a shell: Rscript path/to/export/import.R (prints what it read).
#
# The folder is the file that source() was reading when this script ran (the innermost
# source(), so it works from an analysis script elsewhere, inside a function, or beside
# another export), or Rscript's --file=. Nothing is read on source(); rpg_import() does it and
# says which folder it read. Where the folder cannot be found (code pasted into the console),
# rpg_import() asks for it.
#
# d is a list of data frames, one per CSV named as the file without .csv (d$answers,
# d$responses ...), and d$codebook: codebook.csv, every variable's label and value labels. A column with value labels keeps its codes (value 1..4, wave "y1", role
# "team_manager") and has a factor of the labels beside it, named <column>_label (value_label,
# wave_label, role_label), levels in the codebook's order: factors survive subsetting.
# By default the frames hold submitted responses only: rows whose status is "submitted", or,
# in a file without a status column, rows whose response_id is submitted in responses.csv.
# Every CSV is read as UTF-8 whatever the session's locale; a line break in an open answer
# comes as \n (R reads CR LF as LF). Only rpg_import is defined: nothing masks base R,
# haven or forcats (their as_factor() does not apply here; use the _label columns).

rpg_import <- local({
  # codebook.csv as the export wrote it: file, variable, type, label, value, value_label;
  # a row per variable, or per value of a coded one.
  codebook <- @CODEBOOK@

  # TRUE when the export was made with --excel: every text cell that a spreadsheet could take
  # for a formula, or that began with an apostrophe, has one more apostrophe in front, which is
  # taken away again here so that the analysis sees what was typed.
  excel_guarded <- @EXCEL@

  # The file being sourced: the innermost source() (or sys.source()) on the call stack.
  # source() keeps its argument as ofile; with chdir = TRUE it has moved to the file's folder
  # and kept the old one as owd, which a relative path is taken from.
  this_folder <- function() {
    for (i in rev(seq_len(sys.nframe()))) {
      f <- sys.function(i)
      env <- sys.frame(i)
      file <- if (identical(f, base::source)) get0("ofile", env, inherits = FALSE)
              else if (identical(f, base::sys.source)) get0("file", env, inherits = FALSE)
      if (is.character(file) && length(file) == 1 && !grepl("^[a-z]+://", file)) {
        base <- get0("owd", env, inherits = FALSE, ifnotfound = getwd())
        if (!grepl("^(/|~|[A-Za-z]:|\\\\)", file)) file <- file.path(base, file)
        return(normalizePath(dirname(file), winslash = "/", mustWork = FALSE))
      }
    }
    arg <- grep("^--file=", commandArgs(FALSE), value = TRUE)
    if (length(arg) == 1) return(normalizePath(dirname(sub("^--file=", "", arg)), winslash = "/"))
    NULL
  }

  # Bytes as they are (native.enc: no re-encoding), marked UTF-8: every row loads in any locale.
  read_utf8 <- function(path) {
    con <- file(path, open = "r", encoding = "native.enc")
    on.exit(close(con))
    x <- read.csv(con, colClasses = "character", na.strings = "", check.names = FALSE,
                  encoding = "UTF-8", stringsAsFactors = FALSE)
    names(x)[1] <- sub("^\xef\xbb\xbf", "", names(x)[1], useBytes = TRUE)
    x
  }

  typed <- function(x, type) {
    if (identical(type, "integer")) as.integer(x) else x
  }

  # A factor of the value labels; a code the codebook lacks becomes its own level, with a warning.
  label_factor <- function(x, values, file, name) {
    unknown <- setdiff(unique(x[!is.na(x)]), values$value)
    if (length(unknown) > 0) {
      warning(file, " ", name, ": codes without a label kept as they are: ", paste(unknown, collapse = ", "))
    }
    factor(as.character(x), levels = c(values$value, unknown), labels = c(values$value_label, unknown))
  }

  read_file <- function(folder, file) {
    x <- read_utf8(file.path(folder, file))
    out <- list()
    for (name in names(x)) {
      v <- codebook[codebook$file == file & codebook$variable == name, ]
      if (excel_guarded && !(nrow(v) > 0 && identical(v$type[1], "integer"))) x[[name]] <- sub("^'", "", x[[name]])
      out[[name]] <- if (nrow(v) > 0) typed(x[[name]], v$type[1]) else x[[name]]
      values <- v[!is.na(v$value), ]
      if (nrow(values) > 0) out[[paste0(name, "_label")]] <- label_factor(out[[name]], values, file, name)
    }
    as.data.frame(out, stringsAsFactors = FALSE, check.names = FALSE)
  }

  here <- this_folder()

  f <- function(folder = NULL, include_unfinished = FALSE) {
    if (is.null(folder)) stop("rpg_import: cannot tell which folder import.R was sourced from; ",
                              "name it: rpg_import(\"path/to/export\")", call. = FALSE)
    folder <- normalizePath(folder, winslash = "/", mustWork = TRUE)
    files <- unique(codebook$file[codebook$file != "codebook.csv"])
    # What this export holds: a profile or an option that left a file out is not a fault.
    absent <- files[!file.exists(file.path(folder, files))]
    if (length(absent) > 0) message("rpg_import: not in this export, so not read: ", paste(absent, collapse = ", "))
    files <- setdiff(files, absent)
    d <- lapply(files, function(file) read_file(folder, file))
    names(d) <- sub("\\.csv$", "", files)
    left_out <- 0
    if (!include_unfinished) {
      submitted <- d$responses$response_id[d$responses$status == "submitted"]
      for (n in names(d)) {
        x <- d[[n]]
        keep <- if (!is.null(x[["status"]]) && "submitted" %in% codebook$value[codebook$file == paste0(n, ".csv")
                                                                          & codebook$variable == "status"]) {
          x[["status"]] %in% "submitted"
        } else if (!is.null(x[["response_id"]])) {
          x[["response_id"]] %in% submitted
        } else {
          rep(TRUE, nrow(x))
        }
        left_out <- left_out + sum(!keep)
        d[[n]] <- x[keep, , drop = FALSE]
        rownames(d[[n]]) <- NULL
      }
    }
    d$codebook <- codebook
    message("rpg_import: read ", folder, ": ", paste(names(d)[names(d) != "codebook"],
            vapply(d[names(d) != "codebook"], nrow, 0L), collapse = ", "),
            if (include_unfinished) " rows (unfinished responses included)"
            else paste0(" rows (submitted responses only; ", left_out, " unfinished rows left out)"))
    d
  }
  if (!is.null(here)) formals(f)$folder <- here
  f
})

if (!interactive() && sys.nframe() == 0L && length(grep("^--file=", commandArgs(FALSE))) == 1) {
  d <- rpg_import()
  str(d[names(d) != "codebook"], give.attr = FALSE, vec.len = 2)
}
