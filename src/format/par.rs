//! One small parallel map for the review exports (issue 17: build per prompt in parallel)
//! and the home's reading of its workbooks (`par_map_on`, two threads): as many threads as
//! the machine has cores (at most 8, the caller's among them), each taking the next item
//! not yet taken, so that one costly item (a grid across a cohort) does not leave the other
//! threads idle behind it; the results in the items' order.
//!
//! Pure apart from the threads; never reorders, never drops an item. An item whose thread
//! panicked (it should not) is mapped again on the caller's thread; a thread the system will
//! not start leaves its share to the others (the caller's takes whatever is left).

use std::sync::atomic::{AtomicUsize, Ordering};

/// `items.iter().map(f).collect()`, in parallel when there are enough items to be worth it.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if items.len() < 8 {
        return items.iter().map(&f).collect();
    }
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZeroUsize::get)
        .min(8);
    par_map_on(threads, items, f)
}

/// `par_map` on at most `threads` threads, without asking the system how many cores it
/// has (reading the cgroup's limits cost a home's first frame about 0.2 ms here).
pub fn par_map_on<T: Sync, R: Send>(
    threads: usize,
    items: &[T],
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    if threads < 2 || items.len() < 8 {
        return items.iter().map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let work = || {
        let mut made = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else {
                return made;
            };
            made.push((i, f(item)));
        }
    };
    let mut slots: Vec<Option<R>> = std::iter::repeat_with(|| None).take(items.len()).collect();
    std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, work).ok())
            .collect();
        let mut made = work();
        for helper in helpers {
            // A helper that panicked loses the items it took: they are made below.
            made.extend(helper.join().unwrap_or_default());
        }
        for (i, r) in made {
            slots[i] = Some(r);
        }
    });
    slots
        .into_iter()
        .zip(items)
        .map(|(slot, item)| slot.unwrap_or_else(|| f(item)))
        .collect()
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

    #[test]
    fn keeps_the_order_when_items_cost_unevenly() {
        // Costly items early: the threads take items out of order, the results are not.
        let items: Vec<u64> = (0..64).collect();
        let slow = |n: &u64| {
            if *n < 4 {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            n * 3
        };
        assert_eq!(
            super::par_map(&items, slow),
            (0..64).map(|n| n * 3).collect::<Vec<_>>()
        );
    }
}
