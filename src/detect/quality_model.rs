//! Weights of the line-quality model, written by `scripts/train_quality.py`.
#![allow(clippy::excessive_precision)]

/// Logistic-regression weights, one per feature of [`super::quality::FEATURES`];
/// the bias is shifted so that 0.5 is the trained operating point (0.6).
pub const WEIGHTS: [f32; super::quality::N] = [1.66154, 0.676114, -0.462584, 1.11174, -1.41095, -0.794132, 1.78442, 0.110861, 1.04042, 1.78545, -0.503889, -1.7835, -0.766359, -0.600622, 0.112725, -0.611234, 0.763945, -0.701494, 3.29249, -1.94622, 2.23074, 0.296475, -0.729, -0.0803831, -0.00599439, 2.42415, -1.57613, -0.257474, -0.572825, -0.467015, 0.219103, 0.0, 0.854976, 0.0];

/// Below this share (above 0) of a page's words in its article region, the line model
/// takes the lower of its probability and [`LOW_SHARE_WEIGHTS`]'s.
pub const LOW_SHARE: f32 = 0.15;

/// The low-share model: trained on the dev corpus and `fixtures/types` (each line's
/// weight times 3.0), the bias shifted to operating point 0.6.
pub const LOW_SHARE_WEIGHTS: [f32; super::quality::N] = [-1.45416, -1.34063, 0.81853, 1.26338, -1.34119, -0.991853, 2.27732, 0.0567452, 1.10868, 1.32647, -0.0250998, -0.977506, -0.546535, -2.29109, 0.293709, -0.710176, -0.58938, -0.125523, 2.825, -2.11841, 1.33038, 0.0908789, 0.111347, -0.113257, -0.155288, 2.49618, -0.925111, 0.0827376, -1.04444, -0.510853, 0.6806, 2.12813, 0.355557, 0.0];
