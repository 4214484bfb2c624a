"""cinedex indexer: corpus files -> extract -> records -> merge -> schema/analysis -> build."""
