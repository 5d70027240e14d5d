package org.paramlab.peft.experiment;

/**
 * A text and its class.
 *
 * @param text the text
 * @param label the class index, from 0
 */
public record LabeledText(String text, int label) {}
