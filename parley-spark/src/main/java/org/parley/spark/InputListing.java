package org.parley.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Lists the inputs on any Hadoop file system in the order {@code parley analyze} reads them
 * ({@code ArticleReader}): inputs in the order given, a folder's files recursively in the sorted order of their
 * relative paths, hidden files and folders (name starting with '.') passed over.
 */
final class InputListing {
    private InputListing() {}

    static List<InputUnit> list(List<String> inputs, Configuration conf) {
        List<InputUnit> out = new ArrayList<>();
        for (String input : expandGlobs(inputs, conf)) {
            Path root = new Path(input);
            try {
                FileSystem fs = root.getFileSystem(conf);
                if (!fs.exists(root)) {
                    out.add(new InputUnit(out.size(), null, null, input, "no such file or directory"));
                    continue;
                }
                FileStatus st = fs.getFileStatus(root);
                if (!st.isDirectory()) {
                    out.add(new InputUnit(out.size(), st.getPath().toString(), root.getName(), input, null));
                    continue;
                }
                String base = fs.makeQualified(root).toUri().getPath();
                List<String[]> found = new ArrayList<>(); // rel, uri
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    String full = f.getPath().toUri().getPath();
                    String rel = full.substring(base.length()).replaceFirst("^/+", "");
                    if (hidden(rel)) continue;
                    found.add(new String[] {rel, f.getPath().toString()});
                }
                found.sort(Comparator.comparing(a -> a[0]));
                String prefix = input.endsWith("/") ? input : input + "/";
                for (String[] f : found) out.add(new InputUnit(out.size(), f[1], f[0], prefix + f[0], null));
            } catch (IOException e) {
                out.add(new InputUnit(out.size(), null, null, input, String.valueOf(e.getMessage())));
            }
        }
        return out;
    }

    private static boolean hidden(String rel) {
        for (String part : rel.split("/")) if (part.startsWith(".")) return true;
        return false;
    }

    /** A Hadoop glob ({@code s3a://bucket/2024/*.warc.gz}) is its matches in sorted order, as a shell gives them. */
    private static List<String> expandGlobs(List<String> inputs, Configuration conf) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            if (!input.matches(".*[*?\\[{].*")) {
                out.add(input);
                continue;
            }
            try {
                Path glob = new Path(input);
                FileStatus[] found = glob.getFileSystem(conf).globStatus(glob);
                if (found == null || found.length == 0) {
                    out.add(input); // reported as missing
                    continue;
                }
                List<String> matches = new ArrayList<>();
                for (FileStatus f : found) matches.add(f.getPath().toString());
                matches.sort(null);
                out.addAll(matches);
            } catch (IOException e) {
                out.add(input);
            }
        }
        return out;
    }
}
