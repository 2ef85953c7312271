// The checkout story's order service, as a Thrift IDL: a struct result
// (returned through `_return`), a scalar result, void, oneway, a list, and
// a service that extends another.
namespace cpp acme.orders

struct Order {
  1: i64 id,
  2: string sku,
}

exception NotFound {
  1: string reason,
}

service Orders {
  Order get(1: i64 id) throws (1: NotFound nf),
  i64 place(1: Order order),
  void cancel(1: i64 id),
  oneway void touch(1: i64 id),
  list<Order> list_all(),
}

service AdminOrders extends Orders {
  bool purge(1: i64 before),
}
