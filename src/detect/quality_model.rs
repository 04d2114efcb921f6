//! Weights of the line-quality model, written by `scripts/train_quality.py`.
#![allow(clippy::excessive_precision)]

/// Logistic-regression weights, one per feature of [`super::quality::FEATURES`];
/// the bias is shifted so that 0.5 is the trained operating point (0.6).
pub const WEIGHTS: [f32; super::quality::N] = [1.66154, 0.676114, -0.462584, 1.11174, -1.41095, -0.794132, 1.78442, 0.110861, 1.04042, 1.78545, -0.503889, -1.7835, -0.766359, -0.600622, 0.112725, -0.611234, 0.763945, -0.701494, 3.29249, -1.94622, 2.23074, 0.296475, -0.729, -0.0803831, -0.00599439, 2.42415, -1.57613, -0.257474, -0.572825, -0.467015, 0.219103, 0.0, 0.854976, 0.0];
