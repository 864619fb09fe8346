/**
 * Opens a page in a frame of the test page, by address (`src`) or by its markup (`srcdoc`), at a size
 * if given, and resolves with the frame once the page has loaded. The caller removes the frame.
 */
export async function openFrame(
  page: { readonly src: string } | { readonly srcdoc: string },
  size?: { readonly width: number; readonly height: number },
): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (size) frame.style.cssText = `width: ${size.width}px; height: ${size.height}px; border: 0`;
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  if ('src' in page) frame.src = page.src;
  else frame.srcdoc = page.srcdoc;
  document.body.append(frame);
  await loaded;
  return frame;
}
