#!/usr/bin/Rscript
# make_peers.R -- R boot's intervals on the peer-check cohort
#
# Reads cohort.csv and unit-costs.csv (this folder), prices each
# participant's annualised usage (quantity x 12 / months x unit cost) in
# the before and after periods, and bootstraps two statistics of the
# participants (resampled with replacement, as socialprofit does):
#   total  savings.saving       sum(before - after)
#   ratio  savings.saving_rate  sum(before - after) / sum(before)
# with boot::boot (R = 200,000) and boot::boot.ci for the percentile,
# basic and BCa intervals at 95%.  BCa's acceleration is given to boot.ci
# as the jackknife influence values L_i = (n - 1) (mean_j theta_(j) -
# theta_(i)), the definition socialprofit and SciPy use.  boot.ci's
# default (L from empinf's regression estimate) is recorded too, as
# "bca_default", for information: on the skewed ratio its lower end (at a
# tail of about 0.008) lies beyond Monte Carlo error of the jackknife's.
# (empinf(type = "jack") is not used: it centres on theta_hat, not on the
# mean of the theta_(i), which is wrong for a total over a resample of
# fixed size.)
#
# Studentized (bootstrap-t): a second boot::boot run (its own seed)
# whose statistic also returns each resample's variance, which
# boot::boot.ci(type = "stud") uses: for the total n var(b - a) over the
# resample's rows (R's var divides by n - 1), the same as socialprofit's
# n / (n - 1) sum (l_i - mean l)^2 with l_i = b_i - a_i; for the ratio the
# delta method's n var(l) with l_i = (b_i - a_i - R b_i) / B, R and B the
# resample's own (mean l is 0).  Recorded under "studentized": the
# interval, the data's standard error, and the levels and slopes of the
# t* quantile function for the tolerance.
#
# For the test's tolerance (see tests/test_cli_intervals.c) it also
# records, for each end, the level p of the replicates' quantile it comes
# from and the slope dQ/dp of the replicates' quantile function there
# ((Q(p + h) - Q(p - h)) / 2h, h = min(p, 1 - p) / 4), and BCa's z0 and
# acceleration.  Writes expected_r.json.  Needs Debian's r-cran-boot.
# Run from this folder:  Rscript make_peers.R
library(boot)

B <- 200000
level <- 0.95
alpha <- (1 - level) / 2
costs <- read.csv("unit-costs.csv", stringsAsFactors = FALSE)
u <- read.csv("cohort.csv", stringsAsFactors = FALSE)
u$cost <- u$quantity * 12 / u$months *
  costs$unit_cost[match(u$service, costs$service)]
before <- tapply(u$cost[u$period == "before"],
                 u$participant_id[u$period == "before"], sum)
after <- tapply(u$cost[u$period == "after"],
                u$participant_id[u$period == "after"], sum)
ids <- intersect(names(before), names(after))
d <- data.frame(b = as.numeric(before[ids]), a = as.numeric(after[ids]))
n <- nrow(d)

stat <- function(d, i) {
  s <- sum(d$b[i] - d$a[i])
  c(s, s / sum(d$b[i]))
}
set.seed(20240401)
bt <- boot(d, stat, R = B)

jackknife <- function(index) {
  loo <- sapply(seq_len(n), function(i) stat(d, seq_len(n)[-i])[index])
  (n - 1) * (mean(loo) - loo)
}
slope <- function(t, p) {
  h <- min(p, 1 - p) / 4
  q <- quantile(t, c(p - h, p + h), type = 7, names = FALSE)
  (q[2] - q[1]) / (2 * h)
}
num <- function(x) sprintf("%.10g", x)
pair <- function(x) paste0("[", num(x[1]), ", ", num(x[2]), "]")
figure <- function(index, path) {
  t <- bt$t[, index]
  L <- jackknife(index)
  ci <- boot.ci(bt, conf = level, type = c("perc", "basic", "bca"),
                index = index, L = L)
  default <- boot.ci(bt, conf = level, type = "bca", index = index)
  z0 <- qnorm(sum(t < bt$t0[index]) / B)
  a <- sum(L^3) / (6 * sum(L^2)^1.5)
  # boot.ci gives the BCa ends' positions among the ordered replicates,
  # (B + 1) x the adjusted levels a1 and a2.
  bl <- c(ci$bca[2], ci$bca[3]) / (B + 1)
  p <- list(percentile = c(alpha, 1 - alpha), basic = c(1 - alpha, alpha),
            bca = bl)
  paste0("    \"", path, "\": {\n",
         "      \"estimate\": ", num(bt$t0[index]), ",\n",
         "      \"standard_error\": ", num(sd(t)), ",\n",
         "      \"percentile\": ", pair(ci$percent[4:5]), ",\n",
         "      \"basic\": ", pair(ci$basic[4:5]), ",\n",
         "      \"bca\": ", pair(ci$bca[4:5]), ",\n",
         "      \"bca_default\": ", pair(default$bca[4:5]), ",\n",
         "      \"bca_z0\": ", num(z0), ",\n",
         "      \"bca_acceleration\": ", num(a), ",\n",
         "      \"levels\": {\"percentile\": ", pair(p$percentile),
         ", \"basic\": ", pair(p$basic), ", \"bca\": ", pair(p$bca), "},\n",
         "      \"slopes\": {\"percentile\": ",
         pair(sapply(p$percentile, function(q) slope(t, q))),
         ", \"basic\": ", pair(sapply(p$basic, function(q) slope(t, q))),
         ", \"bca\": ", pair(sapply(p$bca, function(q) slope(t, q))),
         "}\n    }")
}
stud_stat <- function(d, i) {
  b <- d$b[i]
  a <- d$a[i]
  n <- length(i)
  s <- sum(b - a)
  r <- s / sum(b)
  l <- (b - a - r * b) / sum(b)
  c(s, r, n * var(b - a), n * var(l))
}
set.seed(20240402)
bs <- boot(d, stud_stat, R = B)
student <- function(index, path) {
  ci <- boot.ci(bs, conf = level, type = "stud", index = c(index, index + 2))
  t <- (bs$t[, index] - bs$t0[index]) / sqrt(bs$t[, index + 2])
  t <- t[is.finite(t)]
  p <- c(1 - alpha, alpha)
  paste0("    \"", path, "\": {\n",
         "      \"estimate\": ", num(bs$t0[index]), ",\n",
         "      \"standard_error\": ", num(sqrt(bs$t0[index + 2])), ",\n",
         "      \"studentized\": ", pair(ci$student[4:5]), ",\n",
         "      \"t_levels\": ", pair(p), ",\n",
         "      \"t_slopes\": ", pair(sapply(p, function(q) slope(t, q))),
         "\n    }")
}
out <- paste0("{\n  \"peer\": \"R ", R.version$major, ".", R.version$minor,
              ", boot ", packageVersion("boot"), "\",\n",
              "  \"participants\": ", n, ",\n",
              "  \"resamples\": ", sprintf("%d", B), ",\n",
              "  \"level\": ", level, ",\n",
              "  \"figures\": {\n",
              figure(1, "savings.saving"), ",\n",
              figure(2, "savings.saving_rate"), "\n  },\n",
              "  \"studentized\": {\n",
              student(1, "savings.saving"), ",\n",
              student(2, "savings.saving_rate"), "\n  }\n}\n")
cat(out, file = "expected_r.json")
