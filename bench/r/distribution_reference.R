# Reference values for se.trygghetsnav.analysis.Significance.pValue (two-sided normal p-value)
# and PoissonTrend.upperTailProbability (P(X >= c) for X ~ Poisson(lambda)), computed with R's
# pnorm and ppois. Run from the project directory:
#   Rscript bench/r/distribution_reference.R
# Writes src/test/resources/analysis/pnorm_two_sided.csv (z;p) and
# src/test/resources/analysis/ppois_upper.csv (count;lambda;p), numbers with 17 significant digits.

out_dir <- file.path("src", "test", "resources", "analysis")
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

z <- c(0, 1e-9, 0.1, 0.5, 0.674, 0.6745, 1, 1.281551565545, 1.5, 1.644853626951, 1.645, 1.95996398454,
       1.96, 2, 2.326, 2.5, 2.575829303549, 2.576, 3, 3.29, 4, 5, 5.6, 5.7, 6, 8, 10, 15, 20, 30, 37, 38)
z <- c(z, -z[z > 0])
p <- 2 * pnorm(abs(z), lower.tail = FALSE)
writeLines(c("z;p", sprintf("%.17g;%.17g", z, p)), file.path(out_dir, "pnorm_two_sided.csv"))

cases <- expand.grid(count = c(0, 1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30, 40, 60, 100, 150, 250, 1000),
                     lambda = c(0.05, 0.125, 0.5, 1, 1.875, 2, 3.25, 7, 10, 24.5, 50, 99.875, 240, 1000))
# P(X >= c) = P(X > c - 1)
p <- ifelse(cases$count == 0, 1, ppois(cases$count - 1, cases$lambda, lower.tail = FALSE))
writeLines(c("count;lambda;p", sprintf("%d;%.17g;%.17g", as.integer(cases$count), cases$lambda, p)),
           file.path(out_dir, "ppois_upper.csv"))
cat(sprintf("%d two-sided normal p-values, %d Poisson upper tails written to %s\n", length(z), nrow(cases), out_dir))
