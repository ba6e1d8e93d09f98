"""Everything about importing articles, in one package.

Reading, free of Django: ``readers`` yield raw items from files, folders and archives, ``fetch``
downloads web pages, ``parsers`` turn raw items into ``records``. Storing: ``writer`` inserts an
article with its extracted claims; ``models`` (``ImportJob``, ``ImportItem``, app label
``factcheck``), ``services`` (the write operations), ``tasks`` (Celery, ids only), ``api`` and
``serializers`` (``/api/v1/imports/``, routed by ``annotations.api.urls``) and ``admin`` run jobs.

Every failure is kept as data (an ``ItemError``) so the rest of a batch still imports.
"""
