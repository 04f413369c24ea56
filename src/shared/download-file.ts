/** Saves a file the app wrote (parts of text) under a name, through the browser's download. */
export function downloadFile(parts: readonly string[], name: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob(parts as string[], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
