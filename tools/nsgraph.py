import os,re,sys,collections
root=sys.argv[1]
decl={}
edges=collections.defaultdict(set)
files=[]
for dp,dn,fn in os.walk(root):
    if '/bin' in dp or '/obj' in dp: continue
    for f in fn:
        if f.endswith('.cs') or f.endswith('.razor'):
            p=os.path.join(dp,f); s=open(p,encoding='utf-8').read()
            m=re.search(r'^namespace\s+([\w.]+)',s,re.M) 
            if not m: m=re.search(r'^@namespace\s+([\w.]+)',s,re.M)
            ns=m.group(1) if m else '?'
            files.append((p,ns,s))
for p,ns,s in files:
    for u in re.findall(r'(?:using|@using)\s+(?:static\s+)?(ItaSite\.[\w.]+)',s):
        edges[ns].add(u)
    for u in re.findall(r'(?<![\w.])(ItaSite\.Generator\.\w+)',s):
        edges[ns].add(u)
def top(n): 
    parts=n.split('.'); return '.'.join(parts[:3])
g=collections.defaultdict(set)
for a,bs in edges.items():
    for b in bs:
        ta,tb=top(a),top(b)
        if ta!=tb: g[ta].add(tb)
nodes=set(g)|{b for bs in g.values() for b in bs}
# tarjan
idx={};low={};st=[];on=set();sccs=[];i=[0]
def sc(v):
    idx[v]=low[v]=i[0];i[0]+=1;st.append(v);on.add(v)
    for w in g[v]:
        if w not in idx: sc(w);low[v]=min(low[v],low[w])
        elif w in on: low[v]=min(low[v],idx[w])
    if low[v]==idx[v]:
        c=[]
        while True:
            w=st.pop();on.discard(w);c.append(w)
            if w==v:break
        sccs.append(c)
sys.setrecursionlimit(10000)
for v in sorted(nodes):
    if v not in idx: sc(v)
for c in sccs:
    if len(c)>1: print("CYCLE",len(c),sorted(c))
if '-v' in sys.argv:
    for a in sorted(g): print(a,'->',sorted(x.split('.')[-1] for x in g[a]))
