"""The walk: drive a checkout as a consumer who refuses every wall, then decide which walls were mandatory."""
