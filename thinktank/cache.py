"""Django's Redis cache, without building a new client object for every call.

Django's `RedisCacheClient.get_client()` wraps the (shared, thread-safe)
connection pool in a fresh `redis.Redis` for each cache operation; building
one fills a table of several hundred response callbacks, which cost more than
the round trip itself on a page-cache hit. Here each pool gets one client,
made once and reused. Everything else is Django's backend unchanged.
"""

from django.core.cache.backends.redis import RedisCache, RedisCacheClient


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ReusingRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient
