"""The reviewer workspace at ``/review/``: Django templates and htmx over ``annotations.services``."""
