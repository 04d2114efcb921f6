//! Weights of the line-quality model, written by `scripts/train_quality.py`.
#![allow(clippy::excessive_precision)]

/// Logistic-regression weights, one per feature of [`super::quality::FEATURES`];
/// the bias is shifted so that 0.5 is the trained operating point (0.6).
pub const WEIGHTS: [f32; super::quality::N] = [1.06527, 0.914237, -0.817974, 0.710266, -1.6422, -1.08753, 1.82496, 0.269054, 0.626453, 1.40459, -0.438806, -1.9083, -0.779754, 0.00810504, -0.0935404, -0.710116, 0.385488, -0.60979, 2.92553, -1.83172, 1.76762, 0.257051, -0.698255, -0.0781353, -0.0952625, 2.08361, -1.07164, -0.054005, 0.622007, -1.13853, 0.515753, 0.0, 1.0167, 3.06812];
