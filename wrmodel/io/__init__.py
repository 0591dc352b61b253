"""The edges: JSON Lines streams, the OCI SDK, Dask and the ``wrmodel`` command."""
