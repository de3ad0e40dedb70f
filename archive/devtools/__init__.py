"""Development tools: extraction scoring on labelled real text, benchmarks, load tests and
synthetic corpora. Nothing here runs in a deployment; the product is `archive`."""
