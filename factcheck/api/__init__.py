"""REST endpoints of the core app: ``/api/v1/imports/`` starts and tracks import jobs."""
