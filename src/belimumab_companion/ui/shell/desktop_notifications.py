"""Desktop notifications through the freedesktop ``org.freedesktop.Notifications`` D-Bus service.

PySide6 turns every Python int into a D-Bus int32, but ``Notify`` and ``CloseNotification`` take
uint32 ids and the servers check signatures strictly. The typed route is the one QtDBus offers
C++: ``QMetaObject.invokeMethod`` with ``Q_ARG("uint", ...)`` on a ``QDBusInterface`` whose methods
carry Qt types. QtDBus builds those methods from introspection data and caches them per interface
name for each connection, and servers rarely annotate their ``a{sv}`` hints with a Qt type; so the
notifier opens its own connection and first introspects a local object that describes the
interface with Qt types. The interface to the real server then reuses that description without
introspecting the server at all (one blocking call fewer).

A byte for the urgency hint: a one-character ``str`` written into a ``QDBusArgument`` is
marshalled as ``y``; the argument placed directly as a value of the hints dict goes on the wire as
``v`` holding that byte.
"""

from __future__ import annotations

import html
import itertools
import logging
from collections.abc import Sequence

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, SLOT, QMetaObject, QObject, Qt, Signal, Slot
from PySide6.QtDBus import (
    QDBus,
    QDBusArgument,
    QDBusConnection,
    QDBusInterface,
    QDBusMessage,
    QDBusVirtualObject,
)

log = logging.getLogger(__name__)

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
_INTERFACE = "org.freedesktop.Notifications"
_DESCRIPTION_PATH = "/org/belimumab_companion/NotificationTypes"
_TIMEOUT_MS = 2000
_NOTIFY = "Notify(QString,uint,QString,QString,QString,QStringList,QVariantMap,int)"

_TYPED_INTERFACE_XML = """\
<interface name="org.freedesktop.Notifications">
  <method name="Notify">
    <arg name="app_name" type="s" direction="in"/>
    <arg name="replaces_id" type="u" direction="in"/>
    <arg name="app_icon" type="s" direction="in"/>
    <arg name="summary" type="s" direction="in"/>
    <arg name="body" type="s" direction="in"/>
    <arg name="actions" type="as" direction="in"/>
    <arg name="hints" type="a{sv}" direction="in"/>
    <annotation name="org.qtproject.QtDBus.QtTypeName.In6" value="QVariantMap"/>
    <arg name="expire_timeout" type="i" direction="in"/>
    <arg name="id" type="u" direction="out"/>
  </method>
  <method name="CloseNotification">
    <arg name="id" type="u" direction="in"/>
  </method>
</interface>
"""

_connection_numbers = itertools.count(1)


class _TypedDescription(QDBusVirtualObject):
    """Answers introspection with :data:`_TYPED_INTERFACE_XML`; handles no calls."""

    def introspect(self, path: str) -> str:
        return _TYPED_INTERFACE_XML

    def handleMessage(self, message: QDBusMessage, connection: QDBusConnection) -> bool:
        return False


def _byte(value: int) -> QDBusArgument:
    argument = QDBusArgument()
    argument << chr(value)  # a one-character str selects the uchar overload: D-Bus "y"
    return argument


class DesktopNotifier(QObject):
    """org.freedesktop.Notifications on the session bus. Never raises: failures return False
    and are logged without health data (log only the error name, never titles/bodies)."""

    action_invoked = Signal(str, str)  # (our key, action id) when the user clicks an action
    closed = Signal(str)  # (our key) when the server closes the notification

    def __init__(self, app_name: str, icon: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._icon = icon
        self._ids: dict[str, int] = {}
        self._keys: dict[int, str] = {}
        self._bus: QDBusConnection | None = None
        self._server: QDBusInterface | None = None
        try:
            self._connect()
        except Exception as error:
            log.warning("desktop notifications unavailable: %s", type(error).__name__)
            self._server = None

    def _connect(self) -> None:
        name = f"belimumab_companion.notifications.{next(_connection_numbers)}"
        bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, name)
        self.destroyed.connect(lambda *_: QDBusConnection.disconnectFromBus(name))
        if not bus.isConnected():
            log.info("no session bus: %s", bus.lastError().name() or "not connected")
            return
        self._bus = bus
        description = _TypedDescription()
        if bus.registerVirtualObject(_DESCRIPTION_PATH, description):
            try:
                QDBusInterface(bus.baseService(), _DESCRIPTION_PATH, _INTERFACE, bus)
            finally:
                bus.unregisterObject(_DESCRIPTION_PATH)
        server = QDBusInterface(_SERVICE, _PATH, _INTERFACE, bus, self)
        server.setTimeout(_TIMEOUT_MS)
        if server.metaObject().indexOfMethod(_NOTIFY) < 0:
            log.warning("desktop notifications unavailable: untyped interface description")
            return
        self._server = server
        # The stubs type the slot as bytes, but PySide6 takes only the str that SLOT() returns
        # (bytes raise ValueError). The D-Bus types in the signatures must match the @Slot types.
        for signal, slot in (
            ("ActionInvoked", SLOT("_on_action_invoked(uint,QString)")),
            ("NotificationClosed", SLOT("_on_notification_closed(uint,uint)")),
        ):
            if not bus.connect(_SERVICE, _PATH, _INTERFACE, signal, self, slot):  # type: ignore[call-overload]
                log.warning("desktop notifications: no %s signal", signal)

    # --- queries ------------------------------------------------------------------------------

    def _call(
        self, service: str, path: str, interface: str, method: str, *args: object
    ) -> list[object] | None:
        """The reply's arguments; None (after logging the error name) when the call failed."""
        if self._bus is None:
            return None
        message = QDBusMessage.createMethodCall(service, path, interface, method)
        if args:
            message.setArguments(list(args))
        reply = self._bus.call(message, QDBus.CallMode.Block, _TIMEOUT_MS)
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            log.info("D-Bus %s failed: %s", method, reply.errorName() or "no reply")
            return None
        return list(reply.arguments())

    def _capabilities(self) -> list[str] | None:
        reply = self._call(_SERVICE, _PATH, _INTERFACE, "GetCapabilities")
        if not reply or not isinstance(reply[0], list):
            return None
        return [str(capability) for capability in reply[0]]

    def available(self) -> bool:
        """Session bus connected AND a server owns org.freedesktop.Notifications."""
        try:
            if self._server is None:
                return False
            reply = self._call(
                "org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus",
                "NameHasOwner",
                _SERVICE,
            )
            return bool(reply and reply[0] is True)
        except Exception as error:
            log.warning("desktop notifications: %s", type(error).__name__)
            return False

    def capabilities(self) -> list[str]:
        """GetCapabilities; [] when unavailable."""
        try:
            if self._server is None:
                return []
            return self._capabilities() or []
        except Exception as error:
            log.warning("desktop notifications: %s", type(error).__name__)
            return []

    def server_name(self) -> str:
        """GetServerInformation's name; "" when unavailable."""
        try:
            if self._server is None:
                return ""
            reply = self._call(_SERVICE, _PATH, _INTERFACE, "GetServerInformation")
            return str(reply[0]) if reply else ""
        except Exception as error:
            log.warning("desktop notifications: %s", type(error).__name__)
            return ""

    # --- notifications ------------------------------------------------------------------------

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        urgency: int = 1,
    ) -> bool:
        """Show (or, for a key already shown, replace) a notification; True if the server took it.

        ``actions`` are ``(action_id, label)`` pairs, sent only to servers that show actions.
        ``urgency`` is 0 (low), 1 (normal) or 2 (critical; such notifications do not expire).
        """
        try:
            server = self._server
            if server is None:
                return False
            capabilities = self._capabilities()
            if capabilities is None:  # no server, or one that does not answer: skip Notify
                return False
            if "body-markup" in capabilities:
                body = html.escape(body, quote=False)
            flat_actions: list[str] = []
            if "actions" in capabilities:
                for action_id, label in actions:
                    flat_actions += [action_id, label]
            urgency = min(max(int(urgency), 0), 2)
            hints = {"urgency": _byte(urgency)}
            replaces_id = self._ids.get(key, 0)
            new_id = QMetaObject.invokeMethod(
                server,
                "Notify",
                Qt.ConnectionType.DirectConnection,
                Q_RETURN_ARG("uint"),
                Q_ARG("QString", self._app_name),
                Q_ARG("uint", replaces_id),
                Q_ARG("QString", self._icon),
                Q_ARG("QString", title),
                Q_ARG("QString", body),
                Q_ARG("QStringList", flat_actions),
                Q_ARG("QVariantMap", hints),
                Q_ARG("int", 0 if urgency == 2 else -1),
            )
            error = server.lastError()
            if error.isValid() or not isinstance(new_id, int) or new_id <= 0:
                log.info("D-Bus Notify failed: %s", error.name() or "no id")
                return False
            self._forget(key)
            self._ids[key] = new_id
            self._keys[new_id] = key
            return True
        except Exception as error:
            log.warning("desktop notifications: %s", type(error).__name__)
            return False

    def close(self, key: str) -> None:
        """CloseNotification for ``key``; the server then reports it through :attr:`closed`."""
        try:
            server = self._server
            notification_id = self._ids.get(key)
            if server is None or notification_id is None:
                return
            QMetaObject.invokeMethod(
                server,
                "CloseNotification",
                Qt.ConnectionType.DirectConnection,
                Q_ARG("uint", notification_id),
            )
            error = server.lastError()
            if error.isValid():
                log.info("D-Bus CloseNotification failed: %s", error.name())
        except Exception as error:
            log.warning("desktop notifications: %s", type(error).__name__)

    def _forget(self, key: str) -> None:
        old_id = self._ids.pop(key, None)
        if old_id is not None:
            self._keys.pop(old_id, None)

    # --- signals from the server (broadcast: ids of other applications are not ours) ----------

    @Slot("uint", str)
    def _on_action_invoked(self, notification_id: int, action_id: str) -> None:
        key = self._keys.get(notification_id)
        if key is not None:
            self.action_invoked.emit(key, action_id)

    @Slot("uint", "uint")
    def _on_notification_closed(self, notification_id: int, reason: int) -> None:
        key = self._keys.pop(notification_id, None)
        if key is not None:
            if self._ids.get(key) == notification_id:
                del self._ids[key]
            self.closed.emit(key)
