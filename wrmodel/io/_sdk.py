"""Conversion to and from the OCI SDK's own objects, each to its family's SDK class.

Identity's classes to ``oci.identity.models``, the Work Requests service's to
``oci.work_requests.models``, each to the class of the same name.
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib
import threading
import typing
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar, overload

import attrs

from wrmodel.models._families import ALL_MODELS, service_class
from wrmodel.models._frozen import FrozenDict
from wrmodel.models._models import Model, as_sent
from wrmodel.models._rules import family_of
from wrmodel.wire._converter import Converter, loads, make_converter
from wrmodel.wire._styles import sdk_isoformat, subject

_T = TypeVar("_T")
_D_co = TypeVar("_D_co", covariant=True)


class SdkResponse(Protocol[_D_co]):
    """The OCI SDK's ``oci.response.Response`` as ``call_sdk`` returns it: ``data`` decoded."""

    @property
    def status(self) -> int:
        """The HTTP status."""
        ...

    @property
    def headers(self) -> Any:
        """The HTTP headers (case-insensitive)."""
        ...

    @property
    def data(self) -> _D_co:
        """The body, decoded by wrmodel into the class asked for."""
        ...

    @property
    def request(self) -> Any:
        """The SDK's request that gave this response."""
        ...

    @property
    def next_page(self) -> str | None:
        """The ``opc-next-page`` header: where a list continues."""
        ...

    @property
    def request_id(self) -> str | None:
        """The ``opc-request-id`` header."""
        ...

    @property
    def has_next_page(self) -> bool:
        """Whether a list continues on another page."""
        ...


_EXTRA = "pip install 'wrmodel[oci]'"


def _sdk_classes() -> dict[type, type]:
    """Each SDK class with ours of the same name and family."""
    return {_sdk_class(cls): cls for cls in ALL_MODELS}


def _sdk_class(cls: type) -> type:
    try:
        module = importlib.import_module(cls.__wrmodel_family__.sdk)  # type: ignore[attr-defined]
    except ImportError as error:
        raise ImportError(f"converting OCI SDK objects needs the OCI SDK: {_EXTRA}") from error
    return getattr(module, cls.__name__)  # type: ignore[no-any-return]


@overload
def from_sdk(model: Any) -> Any: ...
@overload
def from_sdk(model: Any, cls: type[_T]) -> _T: ...
def from_sdk(model: Any, cls: Any = None) -> Any:
    """The wrmodel value of an OCI SDK object (or a list of them), validated.

    SDK objects carry whatever they were given, so they are checked exactly as
    ``structure`` checks a document; problems are named by the SDK's attribute names
    (``$.resources[0].action_type``). Every item of a list must be of one SDK class. An
    ``oci.response.Response`` (what a client's call returns) gives its ``data``; its
    headers stay on it. ``cls``, when given, is the class expected (``WorkRequest`` or
    ``list[WorkRequest]``): another is a ``TypeError``, and type checkers see it. Needs the
    ``oci`` extra.

    >>> import oci
    >>> sdk = oci.identity.models.WorkRequestLogEntry(message="Accepted.")
    >>> from_sdk(sdk)
    WorkRequestLogEntry(message='Accepted.')
    """
    classes_of = _sdk_classes()
    target = typing.get_args(cls)[0] if typing.get_origin(cls) is list else cls
    if isinstance(target, type) and "__wrmodel_family__" in target.__dict__:  # a declared one
        catalog = target.__dict__["__wrmodel_family__"]
        classes_of |= {_sdk_class(c): c for c in catalog.classes}
    if _is_response(model):
        model = model.data
    if isinstance(model, list | tuple):
        classes = [_our_class(classes_of, x) for x in model]
        for i, other in enumerate(classes):
            if other is not classes[0]:
                raise TypeError(
                    f"expected SDK objects of one class: item {i} is a {other.__name__}, "
                    f"item 0 a {classes[0].__name__}"
                )
        ours: Any = list[classes[0]] if classes else None  # type: ignore[valid-type]
        result = _reader().structure_wire([_as_data(x) for x in model], ours) if model else []
    else:
        ours = _our_class(classes_of, model)
        result = _reader().structure_wire(_as_data(model), ours)
    if cls is not None and ours is not None and ours != cls:
        raise TypeError(f"expected the SDK's {subject(cls)}, got its {subject(ours)}")
    return result


@functools.cache
def _reader() -> Converter:
    """The converter of SDK objects' data: what their enum fields hold is known or lost.

    The SDK's setters put ``'UNKNOWN_ENUM_VALUE'`` in place of a value they do not know and
    keep nothing of it: here that placeholder stands for a lost value (not written by
    ``dumps``), while in JSON text it is a string that came, kept like any other.
    """
    return make_converter(style="sdk", unknown="drop")


def _is_response(value: Any) -> bool:
    import oci.response  # type: ignore[import-untyped]  # noqa: PLC0415 (optional)

    return isinstance(value, oci.response.Response)


def _our_class(classes_of: dict[type, type], model: Any) -> type:
    sdk = type(model)
    cls = classes_of.get(sdk)
    if cls is None and sdk.__module__.startswith("oci."):  # any service's, by its package
        cls = service_class(sdk.__module__.split(".")[1], sdk.__name__)
    if cls is None:
        names = ", ".join(f"{family_of(c).sdk}.{c.__name__}" for c in classes_of.values())
        raise TypeError(f"expected one of {names}, got {model!r}")
    return cls


def _as_data(value: Any) -> Any:
    """The data of an SDK value, keyed by attribute names; aware datetimes as text.

    Anything else is left as it is, for the decoder to judge (a naive datetime, say).
    """
    if hasattr(value, "swagger_types"):
        return {name: _as_data(getattr(value, name)) for name in value.swagger_types}
    if isinstance(value, list):
        return [_as_data(v) for v in value]
    if isinstance(value, dt.datetime) and value.utcoffset() is not None:
        return sdk_isoformat(value)
    return value


@overload
def to_sdk(obj: Sequence[Model]) -> list[Any]: ...
@overload
def to_sdk(obj: Model) -> Any: ...
def to_sdk(obj: Any) -> Any:
    """The OCI SDK object of a wrmodel value (or a list of them). Needs the ``oci`` extra.

    Enum fields carry the strings that came (the SDK turns those it does not know into
    ``'UNKNOWN_ENUM_VALUE'``); kept unknown keys are left out, as the SDK has no place for
    them.

    >>> import wrmodel
    >>> to_sdk(wrmodel.WorkRequestLogEntry(message="Accepted.")).message
    'Accepted.'
    """
    if isinstance(obj, list | tuple):
        return [to_sdk(x) for x in obj]
    cls = next((c for c in type(obj).__mro__ if "__wrmodel_family__" in c.__dict__), None)
    if cls is None:
        raise TypeError(f"expected a wrmodel model, got {obj!r}")
    kwargs = {}
    for field in attrs.fields(cls):
        if field.name == "unknown":
            continue
        value = getattr(obj, field.name)
        kwargs[field.name] = (
            as_sent(obj, field.name) if isinstance(value, enum.Enum) else _sdk_value(value)
        )
    return _sdk_class(cls)(**kwargs)


def _sdk_value(value: Any) -> Any:
    """What the SDK holds for a value of ours: its objects, lists and dicts."""
    if isinstance(value, Model):
        return to_sdk(value)
    if isinstance(value, tuple):
        return [_sdk_value(x) for x in value]
    if isinstance(value, FrozenDict):
        return {k: _sdk_value(v) for k, v in value.items()}
    return value


#: Whether this thread's SDK calls go through ``call_sdk`` now, and what they returned.
_RAW = threading.local()


@overload
def call_sdk(
    method: Callable[..., Any], /, *args: Any, cls: type[_T], **kwargs: Any
) -> SdkResponse[_T]: ...
@overload
def call_sdk(
    method: Callable[..., Any], /, *args: Any, cls: None = None, **kwargs: Any
) -> SdkResponse[Any]: ...
def call_sdk(method: Callable[..., Any], /, *args: Any, cls: Any = None, **kwargs: Any) -> Any:
    """Call an OCI SDK client's method and decode the response's JSON body with wrmodel.

    The SDK's objects drop what they do not know (an enum value a newer service sends
    becomes ``'UNKNOWN_ENUM_VALUE'``); here the body is read as it came, so nothing is lost:
    ``call_sdk(client.get_work_request, wr_id)`` returns the ``oci.response.Response``
    (headers, status, request) with ``data`` the wrmodel object. ``cls`` is the class the
    body holds (``list[TaggingWorkRequestSummary]``...); by default, the class of the same
    name as the method's, in the family of the client's service. Retries, signing and
    paging are the SDK's, as ever. Needs the ``oci`` extra.
    """
    client = _client_of(method)
    _intercept(client.base_client)
    _RAW.active, _RAW.response_type = True, None
    try:
        response = method(*args, **kwargs)
    finally:
        _RAW.active = False
    target = cls if cls is not None else _class_of(type(client), _RAW.response_type)
    response.data = loads(response.data, target)
    return response


@overload
def sdk_method(
    method: Callable[..., Any], /, *, cls: type[_T]
) -> Callable[..., SdkResponse[_T]]: ...
@overload
def sdk_method(
    method: Callable[..., Any], /, *, cls: None = None
) -> Callable[..., SdkResponse[Any]]: ...
def sdk_method(method: Callable[..., Any], /, *, cls: Any = None) -> Callable[..., Any]:
    """An OCI SDK client's ``method``, its responses decoded by wrmodel as ``call_sdk`` does.

    For what takes a client's method, such as the SDK's paginators: each page is read as
    it came, so nothing is lost. It has the method's name (the SDK's retries read it) and
    is checked now: another callable is a ``TypeError``.

    Every work request of a compartment, page after page, as it came::

        listed = oci.pagination.list_call_get_all_results(
            wrmodel.sdk_method(client.list_work_requests), compartment_id
        )
        listed.data  # [WorkRequestSummary(...), ...]
    """
    _client_of(method)

    @functools.wraps(method)
    def call(*args: Any, **kwargs: Any) -> Any:
        return call_sdk(method, *args, cls=cls, **kwargs)

    return call


def _client_of(method: Callable[..., Any]) -> Any:
    """The OCI SDK client whose method ``method`` is; a ``TypeError`` if none."""
    client = getattr(method, "__self__", None)
    if getattr(client, "base_client", None) is None:
        raise TypeError(f"expected a method of an OCI SDK client, got {method!r}")
    return client


def _intercept(base: Any) -> None:
    """Make ``base``'s ``call_api`` return the body as bytes while ``call_sdk`` calls."""
    if getattr(base, "_wrmodel_intercepted", False):
        return
    original = base.call_api

    def call_api(*args: Any, **kwargs: Any) -> Any:
        if getattr(_RAW, "active", False):
            _RAW.response_type = kwargs.get("response_type")
            kwargs["response_type"] = "bytes"  # the SDK then keeps the body as it came
        return original(*args, **kwargs)

    base.call_api = call_api
    base._wrmodel_intercepted = True


def _class_of(client_class: type, response_type: str | None) -> Any:
    """The wrmodel class of an SDK response type (``list[WorkRequestSummary]``)."""
    name = response_type or ""
    many = name.startswith("list[") and name.endswith("]")
    name = name[5:-1] if many else name
    service = client_class.__module__.split(".")[1]  # oci.identity.identity_client
    cls = service_class(service, name)
    if cls is not None:
        return list[cls] if many else cls  # type: ignore[valid-type]
    msg = f"{client_class.__name__} returns {response_type}, not a work request wrmodel has"
    raise TypeError(msg)
