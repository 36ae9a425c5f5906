# Times spdep's localG (Gi* with the cell itself included, binary weights) on cells written by
# se.trygghetsnav.bench.GiStarBenchmark, and writes spdep's z-scores for comparison.
#
#   Rscript bench/r/localg_bench.R <cells.csv> <z-out.txt> [runs]
#
# cells.csv: header, then one line per cell "index;value;neighbours", 0-based indices, the
# neighbours separated by commas (the cell itself not listed). Prints key=value lines on stdout:
# the time to read the file, to build the nb object, to build the weights list (include.self,
# style "B"), and the median and minimum of `runs` timed localG calls (after one untimed call),
# all in milliseconds of elapsed time. z-out.txt gets one z-score per line, 17 significant digits.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 2) stop("usage: localg_bench.R <cells.csv> <z-out.txt> [runs]")
runs <- if (length(args) >= 3) as.integer(args[3]) else 5L

suppressPackageStartupMessages(library(spdep))

ms <- function(t) 1000 * t[["elapsed"]]

read_time <- system.time({
  cells <- read.table(args[1], sep = ";", header = TRUE, colClasses = c("integer", "numeric", "character"),
                      quote = "", comment.char = "")
})
x <- cells[[2]]

nb_time <- system.time({
  nb <- lapply(strsplit(cells[[3]], ",", fixed = TRUE), function(s) {
    if (length(s) == 0) 0L else sort(as.integer(s) + 1L)
  })
  class(nb) <- "nb"
  attr(nb, "region.id") <- as.character(seq_along(nb))
})

listw_time <- system.time(lw <- nb2listw(include.self(nb), style = "B"))

z <- localG(x, lw)
times <- vapply(seq_len(runs), function(i) ms(system.time(z <<- localG(x, lw))), numeric(1))

writeLines(sprintf("%.17g", as.numeric(z)), args[2])
cat(sprintf("r.version=%s\n", R.version$version.string))
cat(sprintf("spdep.version=%s\n", as.character(packageVersion("spdep"))))
cat(sprintf("read.ms=%.1f\n", ms(read_time)))
cat(sprintf("nb.ms=%.1f\n", ms(nb_time)))
cat(sprintf("listw.ms=%.1f\n", ms(listw_time)))
cat(sprintf("localg.runs=%d\n", runs))
cat(sprintf("localg.median.ms=%.1f\n", median(times)))
cat(sprintf("localg.min.ms=%.1f\n", min(times)))
