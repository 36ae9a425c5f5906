# Reference values for se.trygghetsnav.analysis.GetisOrd.giStar, computed with R spdep's localG
# on binary weights with the cell itself included (include.self(), style "B"): the Gi* z-score of
# Getis and Ord (1995).
#
# Run from the project directory (needs r-cran-spdep; deldir for tri2nb):
#   Rscript bench/r/localg_reference.R
# Writes src/test/resources/analysis/localg_<name>.csv, one line per cell after a header:
#   index;value;neighbours;z
# index is 0-based, neighbours are the cell's 0-based neighbour indices separated by commas
# (the cell itself not listed, empty for an island), z is spdep's value printed with 17
# significant digits, "NaN" where spdep divides 0 by 0 (all values equal, or a cell whose
# neighbourhood is every cell); GetisOrd returns 0 there.

suppressPackageStartupMessages(library(spdep))

out_dir <- file.path("src", "test", "resources", "analysis")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

write_case <- function(name, values, nb) {
  lw <- nb2listw(include.self(nb), style = "B", zero.policy = TRUE)
  z <- as.numeric(localG(values, lw, zero.policy = TRUE))
  neighbours <- vapply(seq_along(nb), function(i) {
    js <- nb[[i]]
    js <- js[js != 0L]
    paste(js - 1L, collapse = ",")
  }, character(1))
  z_text <- ifelse(is.nan(z), "NaN", sprintf("%.17g", z))
  lines <- c("index;value;neighbours;z",
             sprintf("%d;%s;%s;%s", seq_along(values) - 1L, sprintf("%.17g", values), neighbours, z_text))
  path <- file.path(out_dir, paste0("localg_", name, ".csv"))
  writeLines(lines, path)
  finite <- z[!is.nan(z)]
  range_text <- if (length(finite) > 0) sprintf("z from %.3f to %.3f", min(finite), max(finite)) else "no z"
  cat(sprintf("%-32s %4d cells, %4d zero values, %3d NaN, %s\n", basename(path),
              length(values), sum(values == 0), sum(is.nan(z)), range_text))
}

# (a) 10 x 10 grid: sparse Poisson counts (many zeros) and a hot 3 x 3 cluster.
set.seed(20240604)
grid <- matrix(rpois(100, 0.7), nrow = 10)
grid[4:6, 7:9] <- grid[4:6, 7:9] + rpois(9, 6)
grid_values <- as.numeric(grid)
write_case("grid10_rook", grid_values, cell2nb(10, 10, type = "rook"))
write_case("grid10_queen", grid_values, cell2nb(10, 10, type = "queen"))

# (b) 200 random points: Delaunay neighbours (a planar graph, about six neighbours each, like
# hexagons) and six nearest neighbours made symmetric; counts mostly zero with one hot cluster.
set.seed(4711)
coords <- cbind(runif(200), runif(200))
near_cluster <- sqrt((coords[, 1] - 0.3)^2 + (coords[, 2] - 0.7)^2) < 0.12
points_values <- as.numeric(rpois(200, 0.4) + ifelse(near_cluster, rpois(200, 4), 0))
write_case("random200_delaunay", points_values, tri2nb(coords))
write_case("random200_knn6", points_values, knn2nb(knearneigh(coords, k = 6), sym = TRUE))

# (c) All values equal: spdep returns NaN (0 / 0) for every cell.
write_case("equal_queen5", rep(2, 25), cell2nb(5, 5, type = "queen"))

# (d) Non-integer values (rates) on a distance band that leaves some cells without neighbours.
set.seed(99)
band_coords <- cbind(runif(60, 0, 10), runif(60, 0, 10))
band_values <- round(rlnorm(60, 0, 1), 3)
band_values[sample(60, 15)] <- 0
write_case("band60_islands", band_values, dnearneigh(band_coords, 0, 1.3))
