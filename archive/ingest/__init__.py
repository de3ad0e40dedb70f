"""The ingest core, in the order the data flows:

- `files`: the article files under the paths given; `parser`: one file's bytes to a
  ParsedArticle (pure);
- `extract/`: a body to its countries, people, places, events and figures (pure);
- `plan`: a batch's files read, parsed and sorted against what is stored;
- `pipeline`: batches through extraction (worker processes) to the writer, in transactions;
- `writer`: the one place that writes an article's rows; `sql`: its plain INSERTs;
- `curation`: re-extraction and merges; `gazetteer_files` and `gazetteer_store`: the
  gazetteer from its files into the database and back out for extraction;
- `locking`: one ingest at a time.
"""
