# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
x# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
1# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
J# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
;# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
B# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
`# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
`# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
;# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
F# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
W# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
K# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
I# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
U# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
`# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
`# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
F# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
W# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
K# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
I# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
U# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
U# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
F# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
V# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
V# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
W# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
K# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
I# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
x# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
x# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
Y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
U# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
X# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
9# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
L# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
K# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
I# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
F# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
W# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
U# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
L# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
I# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
S# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
N# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
9# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
F# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
O# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
W# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
U# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
_# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
P# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
R# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
F# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
I# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
X# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
;# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
L# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
H# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
E# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
K# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
v# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
3# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
5# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
1# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
3# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
\# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
[# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
1# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
7# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
1# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
9# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
># An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
x# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
2# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
?# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
:# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
1# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
># An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
x# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
1# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
]# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
A# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
4# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
B# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
k# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
1# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
0# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
V# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
8# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
'# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
z# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
f# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
l# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
w# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
y# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
B# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
g# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
## An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
(# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
u# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
b# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
)# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
T# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
h# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
r# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
C# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
M# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
D# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
[# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
o# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
x# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
p# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
c# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
-# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
z# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
e# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
=# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
8# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
,# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
 # An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
d# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
t# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
/# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
m# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
a# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
i# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
n# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
.# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
j# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
s# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
"# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
]# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.

# An 8 MB semi-space: requests under load then die young instead of being promoted, which with
# 10 000 distinct sessions cycled the old generation between 20 and 90 MB (resident set about
# 170 MB with 4 MB, 140 MB with 8; npm run bench). The same command as npm start.
