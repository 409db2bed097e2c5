//! One small parallel map for the review exports (issue 17: build per prompt in parallel):
//! the items split into as many runs as the machine has cores (at most 8), each run mapped
//! on its own thread, the results in the items' order.
//!
//! Pure apart from the threads; never reorders, never drops an item. A run whose thread
//! panicked (it should not) is mapped again on the caller's thread.

/// `items.iter().map(f).collect()`, in parallel when there are enough items to be worth it.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(8);
    if threads < 2 || items.len() < 8 {
        return items.iter().map(&f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|scope| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .zip(items.chunks(chunk))
            .flat_map(|(handle, part)| {
                handle
                    .join()
                    .unwrap_or_else(|_| part.iter().map(f).collect())
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order_of_many_items() {
        let items: Vec<usize> = (0..1000).collect();
        assert_eq!(
            super::par_map(&items, |n| n * 2),
            (0..1000).map(|n| n * 2).collect::<Vec<_>>()
        );
    }
}
