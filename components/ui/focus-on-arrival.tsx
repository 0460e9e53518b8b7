"use client";

import { useEffect } from "react";

/**
 * Moves keyboard and screen-reader focus to the element `targetId` names once it is on screen: an
 * answer that arrives after "Check" is read out, and the next Tab continues from it. Give it a key
 * that changes with each answer, so that every new one is focused.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}
