//! Weights of the line-quality model, written by `scripts/train_quality.py`.
#![allow(clippy::excessive_precision)]

/// Logistic-regression weights, one per feature of [`super::quality::FEATURES`];
/// the bias is shifted so that 0.5 is the trained operating point (0.6).
pub const WEIGHTS: [f32; super::quality::N] = [1.70304, 0.707538, -0.489626, 1.07823, -1.41271, -0.782399, 1.78973, 0.11419, 1.01972, 1.78536, -0.488801, -1.78579, -0.774792, -0.573992, 0.114335, -0.620201, 0.714021, -0.710416, 3.3109, -1.93885, 2.22511, 0.296733, -0.730626, -0.0780744, -0.0060724, 2.42944, -1.59033, -0.253855, -0.576013, -0.424901, 0.219876, 0.0, 0.85496, 0.0];
