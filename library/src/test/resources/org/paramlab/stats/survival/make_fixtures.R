#!/usr/bin/env Rscript
# Reference values for org.paramlab.stats.survival, computed once by R's survival package from the
# CSV files ParamLab ships in data/ (the same bytes the Java loader reads). Run from the repository
# root with Debian 12's R and r-cran-survival:
#   Rscript library/src/test/resources/org/paramlab/stats/survival/make_fixtures.R
# Writes, beside this script:
#   survreg.csv   model,quantity,value: log-likelihood, coefficients, log(scale) and standard errors
#                 of survreg fits (Weibull, log-logistic, exponential)
#   km_lung.csv   survfit on lung (one group) with log, log-log and plain confidence bands
#   km_veteran.csv survfit on veteran by trt (strata 1 and 2), log bands
suppressPackageStartupMessages(library(survival))
out <- "library/src/test/resources/org/paramlab/stats/survival"
lung <- read.csv("data/lung.csv")
veteran <- read.csv("data/veteran.csv")
melanoma <- read.csv("data/melanoma.csv")
lung$dead <- as.integer(lung$status == 2)
melanoma$dead <- as.integer(melanoma$status == 1)

rows <- list()
add <- function(model, quantity, value) {
  rows[[length(rows) + 1]] <<- data.frame(model = model, quantity = quantity, value = value)
}
record <- function(name, fit) {
  add(name, "loglik", fit$loglik[2])
  beta <- coef(fit)
  se <- sqrt(diag(vcov(fit)))
  for (term in names(beta)) {
    add(name, paste0("coef:", term), beta[[term]])
    add(name, paste0("se:", term), se[[term]])
  }
  if (!is.null(fit$scale) && length(fit$scale) == 1 && "Log(scale)" %in% names(se)) {
    add(name, "logscale", log(fit$scale))
    add(name, "se:logscale", se[["Log(scale)"]])
  }
  add(name, "iterations", fit$iter)
}
record("veteran_weibull_trt", survreg(Surv(time, status) ~ trt, data = veteran, dist = "weibull"))
record("veteran_weibull_null", survreg(Surv(time, status) ~ 1, data = veteran, dist = "weibull"))
record("lung_weibull_sex_age", survreg(Surv(time, dead) ~ sex + age, data = lung, dist = "weibull"))
record("melanoma_weibull_ulcer", survreg(Surv(time, dead) ~ ulcer, data = melanoma, dist = "weibull"))
record("veteran_loglogistic_trt", survreg(Surv(time, status) ~ trt, data = veteran, dist = "loglogistic"))
record("lung_exponential_sex", survreg(Surv(time, dead) ~ sex, data = lung, dist = "exponential"))
write.csv(do.call(rbind, rows), file.path(out, "survreg.csv"), row.names = FALSE)

km <- function(fit, strata = NULL) {
  data.frame(strata = if (is.null(fit$strata)) "all" else rep(names(fit$strata), fit$strata),
             time = fit$time, n_risk = fit$n.risk, n_event = fit$n.event,
             n_censor = fit$n.censor, surv = fit$surv, std_err = fit$std.err,
             lower = fit$lower, upper = fit$upper)
}
log <- km(survfit(Surv(time, dead) ~ 1, data = lung, conf.type = "log"))
loglog <- km(survfit(Surv(time, dead) ~ 1, data = lung, conf.type = "log-log"))
plain <- km(survfit(Surv(time, dead) ~ 1, data = lung, conf.type = "plain"))
lungkm <- data.frame(log[, c("time", "n_risk", "n_event", "n_censor", "surv", "std_err")],
                     lower_log = log$lower, upper_log = log$upper,
                     lower_loglog = loglog$lower, upper_loglog = loglog$upper,
                     lower_plain = plain$lower, upper_plain = plain$upper)
write.csv(lungkm, file.path(out, "km_lung.csv"), row.names = FALSE)
write.csv(km(survfit(Surv(time, status) ~ trt, data = veteran)),
          file.path(out, "km_veteran.csv"), row.names = FALSE)
cat(sprintf("R %s.%s, survival %s\n", R.version$major, R.version$minor, packageVersion("survival")))
