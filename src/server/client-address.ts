import { BlockList, isIP } from 'node:net'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { TrustProxy } from './config'

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? ''
  } catch {
    return ''
  }
}

/** One X-Forwarded-For entry as an address: brackets, ports and IPv6 zones removed. */
function bareAddress(entry: string): string {
  const text = entry.trim()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text)
  if (bracketed) return bracketed[1] ?? ''
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(text)
  return (withPort ? (withPort[1] ?? '') : text).replace(/%.*$/, '').slice(0, 100)
}

function blockListOf(addresses: string[]): BlockList {
  const list = new BlockList()
  for (const entry of addresses) {
    const [address = '', bits] = entry.split('/')
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(bits), type)
  }
  return list
}

/**
 * The address of the client behind a request. X-Forwarded-For is believed only when a reverse
 * proxy is trusted (TRUST_PROXY), and then only the entries those proxies appended: a client can
 * write anything at the front of the header, never at its end.
 */
export function createClientAddress(trust: TrustProxy): (c: Context) => string {
  if (trust.kind === 'none') return peerAddress
  const trusted = trust.kind === 'addresses' ? blockListOf(trust.addresses) : null
  const isTrusted = (address: string) => {
    const family = isIP(address)
    return family !== 0 && trusted !== null && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4')
  }
  return (c) => {
    const peer = peerAddress(c)
    const forwarded = (c.req.header('x-forwarded-for') ?? '').split(',').map(bareAddress).filter(Boolean)
    const chain = [...forwarded, peer]
    if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? peer
    let index = chain.length - 1
    while (index > 0 && isTrusted(chain[index] ?? '')) index--
    return chain[index] ?? peer
  }
}

/** First 64 bits of an IPv6 address: one home or one attacker usually holds a whole /64. */
function ipv6Network(address: string): string {
  const [head = '', tail] = address.toLowerCase().split('::')
  const groups = (text: string) => (text ? text.split(':') : [])
  const front = groups(head)
  const back = tail === undefined ? [] : groups(tail)
  const zeros = Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0')
  const full = [...front, ...zeros, ...back]
  return `${full
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/** Who a login attempt is counted against: an IPv4 address, or an IPv6 /64 network. */
export function attemptSource(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address)
  if (mapped) return mapped[1] ?? address
  return isIP(address) === 6 ? ipv6Network(address) : address || 'unknown'
}
