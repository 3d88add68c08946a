"""The studio (`kinema studio`, docs/studio.md): a web app to make a film from a sentence and
direct it shot by shot. `app` holds the HTTP routes, `db` the SQLite store of films, versions
and jobs, `films` the edits (each validated as a screenplay, each a new version), `jobs` the
render worker (its own process) and `outputs` the files made from a version on request."""
