"""The factcheck project and core app.

The Celery app is loaded by ``FactcheckConfig.ready()`` rather than here, so that importing
``factcheck.extraction`` (pure Python) never pulls in Django.
"""
