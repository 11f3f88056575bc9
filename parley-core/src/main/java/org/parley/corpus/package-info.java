/**
 * The corpus-level seam: steps that look across articles (event merging, the entity table, stories,
 * the store) implement {@link org.parley.corpus.CorpusStage} and plug into the batch runner without
 * changing it. Each sees every {@link org.parley.corpus.LinkedArticle} in input order, then finishes
 * into the run's {@link org.parley.write.ResultSink}.
 */
package org.parley.corpus;
