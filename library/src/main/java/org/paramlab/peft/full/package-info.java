/**
 * Full and partial fine-tuning as baselines inside the tuner framework, so that every method runs
 * through the same training loop, report and files: all parameters, the top k encoder layers, or
 * none (a linear probe of the frozen encoder with a trained head). Not an HF PEFT method.
 */
package org.paramlab.peft.full;
