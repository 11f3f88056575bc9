package org.parley.run;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.parley.Parley;
import org.parley.StageFailure;
import org.parley.annotate.Deadline;
import org.parley.model.Article;
import org.parley.model.Skipped;
import org.parley.model.Stage;

/**
 * One article on a worker thread, within its {@link ArticleLimits}: too long a text is skipped before any
 * work, the stages run under a {@link Deadline}, and any failure becomes a {@link Skipped} line naming
 * its stage. {@link #await} gives up an article that does not stop at its deadline, so the window moves on.
 */
final class ArticleTask {
    private final Article article;
    private final CompletableFuture<Outcome> future;
    private volatile long startedNanos;
    private volatile Deadline deadline;

    private ArticleTask(Article article, CompletableFuture<Outcome> future) {
        this.article = article;
        this.future = future;
    }

    static ArticleTask start(Parley parley, Article article, ArticleLimits limits, Executor workers) {
        CompletableFuture<Outcome> f = new CompletableFuture<>();
        ArticleTask task = new ArticleTask(article, f);
        workers.execute(() -> {
            task.deadline = Deadline.after(limits.timeout());
            task.startedNanos = System.nanoTime();
            f.complete(analyse(parley, article, limits, task.deadline));
        });
        return task;
    }

    static Outcome analyse(Parley parley, Article article, ArticleLimits limits, Deadline deadline) {
        int chars = article.text() == null ? 0 : article.text().length();
        if (chars > limits.maxChars()) {
            return Outcome.failed(skipped(article, Stage.READ, String.format(Locale.ROOT,
                    "article has %,d characters, more than the limit of %,d (--max-article-chars); not truncated",
                    chars, limits.maxChars())));
        }
        try {
            return Outcome.ok(parley.analyze(article, deadline));
        } catch (StageFailure e) {
            // --debug (-Dparley.debug) shows what the one-line reason in skipped.jsonl leaves out
            if (System.getProperty("parley.debug") != null) e.printStackTrace();
            return Outcome.failed(skipped(article, e.stage(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            Stage at = deadline.stage();
            return Outcome.failed(skipped(article, at, new StageFailure(at, e).getMessage()));
        }
    }

    /**
     * The outcome, waiting as long as needed for an article that has not started yet, and at most
     * {@link ArticleLimits#abandonAfter} after it started. An abandoned article keeps its thread until its
     * next deadline check; its result is dropped.
     */
    Outcome await(ArticleLimits limits) {
        long limit = limits.abandonAfter().toNanos();
        // A thread blocked (not computing) uses no CPU time: it is given up after ten times as long in wall time.
        long wallLimit = limits.abandonAfter().multipliedBy(10).toNanos();
        while (true) {
            try {
                return future.get(200, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                long started = startedNanos;
                Deadline d = deadline;
                if (started != 0 && d != null && (d.used().toNanos() > limit || System.nanoTime() - started > wallLimit)) {
                    Stage at = d == null ? Stage.CLEAN : d.stage();
                    return Outcome.failed(skipped(article, at, "timed out after "
                            + Deadline.TimedOut.seconds(limits.timeout()) + " in " + at.label() + " and did not stop within "
                            + Deadline.TimedOut.seconds(limits.abandonAfter()) + "; given up"));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + article.id(), e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    private static Skipped skipped(Article a, Stage stage, String reason) {
        return new Skipped(a.path() != null ? a.path() : a.id(), a.id(), stage, reason);
    }
}
