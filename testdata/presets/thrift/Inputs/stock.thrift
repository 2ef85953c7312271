// No `namespace cpp`: the generated classes are global. The tests generate
// it with `--gen cpp:templates` (StockClientT<Protocol>).
service Stock {
  i32 level(1: string sku),
  oneway void restock(1: string sku, 2: i32 count),
}
