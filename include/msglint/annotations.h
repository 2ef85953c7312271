// msglint/annotations.h: tell msglint what an in-house messaging wrapper
// does, with no configuration (docs/annotations.md). The macros expand to
// [[clang::annotate("msglint:...", ...)]] under Clang and to nothing under
// other compilers, so annotated code builds everywhere.
//
//   MSGLINT_PUBLISH(0)      void publish(std::string_view topic, Bytes payload);
//   MSGLINT_SUBSCRIBE(0, 1) void subscribe(std::string_view topic, Handler h);
//   MSGLINT_ENQUEUE(0)      void enqueue(const std::string &queue, Job job);
//   MSGLINT_WORK(0, 1)      void work(const char *queue, Worker w);
//   MSGLINT_PUBLISHES("order.confirmed") void orderConfirmed(const Order &);
//   class MSGLINT_SYNC_CLIENT("payments") PaymentsClient { ... };
//
// Argument numbers count the function's own parameters from 0 (not
// `this`). The name argument may be a literal, a constant, a std::string,
// or the caller's own parameter (then the caller is a wrapper too).
#ifndef MSGLINT_ANNOTATIONS_H
#define MSGLINT_ANNOTATIONS_H

#if defined(__clang__)
#define MSGLINT_ANNOTATE_(...) [[clang::annotate(__VA_ARGS__)]]
#else
#define MSGLINT_ANNOTATE_(...)
#endif

// The function publishes the event named by argument TOPIC.
#define MSGLINT_PUBLISH(TOPIC) MSGLINT_ANNOTATE_("msglint:publish", TOPIC)
// The function subscribes argument HANDLER to the event named by argument TOPIC.
#define MSGLINT_SUBSCRIBE(TOPIC, HANDLER) MSGLINT_ANNOTATE_("msglint:subscribe", TOPIC, HANDLER)
// The function enqueues a job on the queue named by argument QUEUE.
#define MSGLINT_ENQUEUE(QUEUE) MSGLINT_ANNOTATE_("msglint:enqueue", QUEUE)
// The function makes argument HANDLER the worker of the queue named by argument QUEUE.
#define MSGLINT_WORK(QUEUE, HANDLER) MSGLINT_ANNOTATE_("msglint:work", QUEUE, HANDLER)
// The function publishes the event NAME (a string literal) itself.
#define MSGLINT_PUBLISHES(NAME) MSGLINT_ANNOTATE_("msglint:publish", NAME)
// The function enqueues a job on the queue NAME (a string literal) itself.
#define MSGLINT_ENQUEUES(NAME) MSGLINT_ANNOTATE_("msglint:enqueue", NAME)
// Every call of a public method of the class is a direct, blocking call
// to SERVICE: endpoint "SERVICE/method".
#define MSGLINT_SYNC_CLIENT(SERVICE) MSGLINT_ANNOTATE_("msglint:sync-client", SERVICE)

#endif // MSGLINT_ANNOTATIONS_H
