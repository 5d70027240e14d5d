#!/usr/bin/env Rscript
# Times R's survreg on the models bench/SurvivalBench.java fits (run both with
# bench/survival_vs_r.sh). Prints: r, name, log-likelihood, median ms per fit (with vcov).
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
reps <- if (length(args) > 0) as.integer(args[1]) else 200
lung <- read.csv("data/lung.csv"); lung$dead <- as.integer(lung$status == 2)
veteran <- read.csv("data/veteran.csv")
melanoma <- read.csv("data/melanoma.csv"); melanoma$dead <- as.integer(melanoma$status == 1)
bench <- function(name, f) {
  for (i in seq_len(reps)) fit <- f()
  ms <- numeric(reps)
  for (i in seq_len(reps)) {
    t0 <- proc.time()[["elapsed"]]
    fit <- f(); v <- vcov(fit)
    ms[i] <- (proc.time()[["elapsed"]] - t0) * 1000
  }
  cat(sprintf("r\t%s\t%.10f\t%.3f\n", name, fit$loglik[2], median(ms)))
}
bench("veteran weibull ~ trt", function() survreg(Surv(time, status) ~ trt, data = veteran, dist = "weibull"))
bench("lung weibull ~ sex + age", function() survreg(Surv(time, dead) ~ sex + age, data = lung, dist = "weibull"))
bench("melanoma weibull ~ ulcer", function() survreg(Surv(time, dead) ~ ulcer, data = melanoma, dist = "weibull"))
