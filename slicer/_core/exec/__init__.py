"""Sans-IO pieces of exec: NDJSON line splitting, frame decoding, query building, results."""
