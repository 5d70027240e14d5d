package org.paramlab.lm.text;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import java.util.List;

/** The saved form of a tokenizer: its type and its tokens in id order. */
record TokenizerFile(String type, List<String> tokens) {
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
}
