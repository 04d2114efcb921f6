//! Weights of the line-quality model, written by `scripts/train_quality.py`.
#![allow(clippy::excessive_precision)]

/// Logistic-regression weights, one per feature of [`super::quality::FEATURES`];
/// the bias is shifted so that 0.5 is the trained operating point (0.6).
pub const WEIGHTS: [f32; super::quality::N] = [1.46083, 0.598699, -0.436492, 1.07152, -1.41098, -0.799117, 1.77646, 0.0685187, 0.835348, 1.61541, -0.4223, -1.77419, -0.708768, -0.547737, 0.0833532, -0.637515, 0.589721, -0.648018, 3.39025, -1.92233, 2.25412, 0.29838, -0.755086, -0.051515, -0.0612412, 2.11582, -1.17892, -0.233808, 0.0127214, -0.450878, 0.184845, 0.0, 0.853316, 0.0];
