#!/usr/bin/env Rscript
# Exports the survival data sets ParamLab ships, once, from Debian's R packages:
#   apt-get install --no-install-recommends r-base-core r-cran-survival r-cran-mass
#   Rscript data/export_survival.R            (from the repository root)
# Writes data/lung.csv, data/veteran.csv, data/melanoma.csv: plain CSV, a header row, missing
# values as NA, factors as their level names. See data/README.md for provenance and licences.
suppressPackageStartupMessages({
  library(survival)
  library(MASS)
})

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "data"

export <- function(frame, name) {
  path <- file.path(out, paste0(name, ".csv"))
  write.csv(frame, path, row.names = FALSE, na = "NA", quote = TRUE)
  cat(sprintf("%s: %d rows x %d columns -> %s\n", name, nrow(frame), ncol(frame), path))
}

# survival::lung and survival::veteran come as lazy data; MASS::Melanoma likewise.
export(survival::lung, "lung")
export(survival::veteran, "veteran")
export(MASS::Melanoma, "melanoma")
cat(sprintf("R %s, survival %s, MASS %s\n", paste(R.version$major, R.version$minor, sep = "."),
            packageVersion("survival"), packageVersion("MASS")))
