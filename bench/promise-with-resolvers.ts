// PostGraphile 5 targets Node 22 and calls Promise.withResolvers, which Node 20 lacks. Imported
// before PostGraphile, so the polyfill is in place when its modules load.
if (!('withResolvers' in Promise)) {
  Object.assign(Promise, {
    withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
