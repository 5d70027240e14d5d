/**
 * Pretrained models as DJL blocks with HF module names: a BERT encoder ({@link
 * org.paramlab.models.BertModel}) loaded from the ONNX exports that ship in Maven artifacts ({@link
 * org.paramlab.models.PretrainedEncoder}: all-MiniLM-L6-v2, bge-small-en-v1.5, e5-small-v2), their
 * tokenizers ({@link org.paramlab.models.HfTokenizer}), sentence embeddings ({@link
 * org.paramlab.models.SentenceEncoder}) and a classification head ({@link
 * org.paramlab.models.EncoderClassifier}).
 *
 * <p>Start with {@code PretrainedEncoder.MINILM_L6_V2.load(manager)}; {@code
 * ModulePaths.modules(bert)} lists what a tuner can target. The ONNX reader ({@link
 * org.paramlab.models.OnnxGraph}) decodes the protobuf wire format directly.
 */
package org.paramlab.models;
