"""Which addresses outbound requests (source fetches, webhook channels) may reach."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

_SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT


def is_blocked(address: Address, allowed: Iterable[Network] = ()) -> bool:
    """True for private, loopback, link-local and other non-public addresses not allowed.

    NEWSALERT_ALLOWED_PRIVATE_NETWORKS lists the exceptions; an IPv4-mapped IPv6 address
    is judged as the IPv4 address it carries.
    """
    target: Address = getattr(address, "ipv4_mapped", None) or address
    if any(target.version == net.version and target in net for net in allowed):
        return False
    return (
        target.is_private
        or target.is_loopback
        or target.is_link_local
        or target.is_reserved
        or target.is_multicast
        or target.is_unspecified
        or (target.version == 4 and target in _SHARED_ADDRESS_SPACE)
    )


def blocked_message(address: Address) -> str:
    return (
        f"{address} is a private, loopback or link-local address; add its network to "
        "NEWSALERT_ALLOWED_PRIVATE_NETWORKS to allow it"
    )
