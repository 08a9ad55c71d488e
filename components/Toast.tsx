/** A polite status line (copy confirmations and the like), announced to screen readers. */
export function Toast({ message }: { message: string }) {
  return (
    <div class="cc-toast" role="status" aria-live="polite">
      {message}
    </div>
  );
}
