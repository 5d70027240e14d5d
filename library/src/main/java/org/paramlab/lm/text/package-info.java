/**
 * Text to token ids: {@link org.paramlab.lm.text.CharTokenizer} and {@link
 * org.paramlab.lm.text.WordTokenizer} (both save and load as JSON), {@link
 * org.paramlab.lm.text.TokenCorpus} (training and validation ids) and {@link
 * org.paramlab.lm.text.KjvCorpus}, the King James Bible split by chapters.
 */
package org.paramlab.lm.text;
