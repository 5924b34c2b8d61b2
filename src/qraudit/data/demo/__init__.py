"""The bundled demo: a parking-lot checkout with a mandatory follow wall, served on 127.0.0.1 by `serve_demo`."""
