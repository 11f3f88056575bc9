/** Stage 3: linguistic annotation, as Parley records. The CoreNLP adapter implements {@link org.parley.annotate.Annotator}. */
package org.parley.annotate;
